/**
 * Given names common in international news, from many languages. A capitalised word from this
 * list followed by a capitalised surname is read as a person the dataset need not know.
 * Names that are also everyday words at the start of a sentence ("Will", "May", "Hope") are left
 * out on purpose: a false person is worse than a missed one.
 */
export const FIRST_NAMES = `
Aaron Abbas Abdel Abdul Abdullah Abdulrahman Abiy Adam Adel Adrian Ahmad Ahmed Aisha Alan Albert
Alberto Alejandro Alessandro Alex Alexander Alexandra Alexei Alexey Ali Alice Alicia Alina Amanda
Amina Amir Amy Ana Anders Andrea Andreas Andrei Andrew Andrii Andriy Andrzej Angela Angelina Ann
Anna Annalena Anne Anthony Antonio Antony Anwar Ariel Arnold Ashraf Ayman Barack Barbara Bashar
Benjamin Benny Bernard Bernie Beth Bill Boris Brian Bruce Bruno Carl Carlos Carmen Caroline
Catherine Charles Charlotte Chen Chris Christian Christina Christine Christopher Claire Claudia
Cyril Dan Daniel Daniela David Deborah Denis Dennis Diana Diego Dimitri Dina Dmitri Dmitry Donald
Dong Douglas Ebrahim Edward Elena Eli Elizabeth Ellen Elon Emily Emma Emmanuel Enrique Eric Erik
Ernesto Eva Evgeny Fahad Faisal Farah Fatima Felipe Fernando Francesca Francesco Francis Frank
Franz Friedrich Gabriel Gabriela George Gerhard Gianni Giorgia Giuseppe Gloria Gordon Greg
Gregory Gustavo Hamad Hamid Hans Harry Hassan Heinz Helen Helena Henry Hillary Hiroshi Hossein
Hugo Hussein Ian Ibrahim Igor Ilham Ilya Irina Isaac Ismail Ivan Jack Jacob Jake James Jan Jane
Janet Javad Javier Jean Jeff Jennifer Jens Jeremy Jerome Jessica Jim Joanna Joe John Jonathan
Jorge Jose Joseph Juan Julia Julian Julie Justin Kamala Karen Karim Karl Kate Katherine Kathy
Keir Kenji Kenneth Kevin Khalid Khalil Kim Klaus Kristalina Kyle Lars Laura Lauren Lee Leila
Leonid Liam Linda Lisa Lorenzo Louis Luca Lucas Luis Luiz Marco Maria Mariana Marie Marine Mario
Mark Martin Mary Masoud Matteo Matthew Maxim Mehmet Melissa Michael Michel Michelle Miguel
Mikhail Mohamed Mohammad Mohammed Muhammad Mustafa Nadia Nancy Naoko Narendra Nasser Natalia
Natasha Nathan Nicola Nicolas Nikki Nikolai Nina Noura Olaf Oleg Oleksandr Olena Olga Omar Oscar
Pablo Patricia Patrick Paul Paula Pedro Pete Peter Philip Pierre Rachel Rafael Rahul Ramzan Raul
Recep Reza Ricardo Richard Rishi Robert Roberto Roman Ronald Rosa Ruth Ryan Saeed Salman Sam
Samantha Samir Samuel Sandra Sara Sarah Scott Sean Sebastian Selim Sergei Sergey Sergio Shigeru
Shinzo Simon Sofia Sophie Stefan Stephen Steve Steven Susan Sven Takeshi Tamara Tariq Thomas Tim
Timothy Tom Tony Ursula Valentina Valeria Vanessa Victor Viktor Vincent Vladimir Volodymyr Walter
Wang Wei William Xavier Yair Yasmin Yevgeny Yoav Yousef Youssef Yuki Yulia Yuri Yury Zainab Zhang
`
  .trim()
  .split(/\s+/);
