/**
 * Given names common in international news, from many languages. A capitalised word from this
 * list followed by a capitalised surname is read as a person the dataset need not know.
 * Names that are also everyday words at the start of a sentence ("Will", "May", "Hope") are left
 * out on purpose: a false person is worse than a missed one.
 */
export const FIRST_NAMES = `
Aamir Aarav Aaron Abba Abbas Abdalla Abdallah Abdel Abdelaziz Abdelfattah Abdelhamid Abdelkader
Abdelmadjid Abdelrahman Abdi Abdirahman Abdou Abdoulaye Abdul Abdulaziz Abdulhamid Abdulkadir
Abdulkarim Abdulla Abdullah Abdullahi Abdulmalik Abdulrahman Abdulsalam Abdurrahman Abebe Abedi
Abena Abhijit Abhinav Abhishek Abhisit Abida Abigail Abiy Abubakar Achieng Achraf Ada Adam Adama
Ade Adebayo Adeel Adekunle Adel Adele Ademola Adetokunbo Adewale Adil Aditya Adityanath Adnan
Adolfo Adrian Adriana Adriano Adrien Adwoa Afonso Afshin Afua Agata Agnes Agnieszka Agnès Agung
Agus Agustin Agustín Ahmad Ahmadu Ahmed Ahmet Ahsan Aida Aidan Aiden Aiko Aino Aisha Aishwarya
Aissata Aissatou Aitana Aitor Aitzaz Ajay Ajit Akani Akash Akbar Akhilesh Akhmed Akihito Akiko
Akinyi Akio Akira Akosua Akram Akshay Akua Alaa Alain Alan Alassane Alastair Albert Alberto Albin
Aldo Alejandra Alejandro Aleksandar Aleksander Aleksandr Aleksandra Aleksei Aleksey Alemayehu
Alena Alessandra Alessandro Alessia Alessio Alex Alexander Alexandr Alexandra Alexandre
Alexandros Alexandru Alexei Alexey Alexia Alexis Aleš Alfie Alfonso Alfred Alfredo Alhassan Ali
Alia Aliaksandr Alice Alicia Alija Aliko Alina Alireza Alisa Alison Alisson Alistair Alla Allan
Allen Allison Almaz Alon Alparslan Alper Alvaro Alyaksandr Alyssa Ama Amadou Amaka Amal Amanda
Amani Amanuel Amar Amarinder Amartya Amelia Amelie Amin Amina Aminata Amine Aminu Aminul Amir
Amira Amit Amitabh Ammar Amna Amos Amr Amrit Amritpal Amy Amélie Ana Anahita Anais Anand Anant
Anas Anastasia Anastasiya Anat Anatoliy Anatoly Anaïs Ander Anders Anderson Andi Andile Andras
Andre Andrea Andreas Andreea Andrei Andrej Andres Andrew Andrey Andrii Andris Andriy Andry
Andrzej András André Andrés Andy Ange Angela Angele Angelina Angelique Angelo Angus Angèle
Angélique Anh Anhelina Anibal Anies Anil Anita Anitta Anja Anjali Ankit Ankita Ann Anna Annalena
Annastacia Anne Annegret Annette Annie Annika Anthony Antoine Anton Antonella Antoni Antonin
Antonio Antonis Antony Antonín Antti António Anupam Anura Anushka Anutin Anwar Aníbal Aoife
Aparecida Arafat Aram Arantxa Arash Aravinda Arben Archie Arda Ardie Ariarne Ariel Arif Arjen
Arjun Arjuna Arkady Armen Armin Arnab Arnaud Arne Arnold Aroha Arpad Arsene Arseniy Arshad
Arshdeep Arsène Artan Artem Arthur Artur Arturo Artyom Arun Aruna Arundhati Arvind Arvydas Aryeh
Aryna Asa Asad Asaf Asafa Asake Asamoah Aseefa Asfandyar Asghar Asha Ashish Ashleigh Ashley Ashok
Ashraf Ashwin Ashwini Asier Asif Asim Asma Assimi Astrid Atif Atiku Attila Audrey Augusto Aung
Aurelie Aurelien Aurore Aurélie Aurélien Ava Avi Avigdor Aviv Avner Avraham Awa Axel Aya Ayaan
Ayanda Ayelet Ayesha Ayman Ayo Ayobami Ayodeji Ayodele Ayoub Ayrton Ayse Ayu Ayub Ayumi Ayşe Azad
Azhar Aziz Azizah Aïda Aïssata Aïssatou Babajide Babak Babar Babatunde Baburam Badr Bagher Bahati
Bahman Bahram Bajrang Bakari Bakhtawar Bakir Bakr Balazs Balen Baljit Balwinder Balázs Bambang
Bandar Baptiste Barack Barak Baraka Baran Barbara Barbora Barbra Barham Baris Barnaby Barry Bart
Bartlomiej Bartosz Bartłomiej Barış Bas Basel Bashar Bashir Basil Bassam Bassem Bassirou Bastian
Bayu Beata Beatrice Beatriz Beauden Bebeto Becky Behrouz Behzad Beji Bekele Bela Ben Benazir
Benedikt Benigno Benito Benjamin Benny Benoit Benoît Berat Berhanu Berivan Bernard Bernardo Bernd
Bernhard Bernie Bertie Bertrand Beth Bethany Betty Bezalel Bhagwant Bharrat Bheki Bhumibol
Bidzina Bijan Bilal Bilawal Bill Billy Binali Bingbing Binh Binod Binta Binyamin Birendra Birgit
Birgitta Birtukan Bishnu Bisi Bjarni Bjork Bjorn Björk Björn Bjørn Blaise Blake Blanca Bo Boaz
Bob Bobby Bobi Bogdan Bohdan Boitumelo Bojan Bola Bolaji Bongani Bongbong Bonnie Boris Borja
Boubacar Boutros Boyko Brad Bradley Brady Brahim Bram Brandon Brenda Brendan Brett Brian Brice
Bridget Brigitte Brooke Bruce Bruna Bruno Bryan Bryce Buakaw Budi Buhle Bukayo Bulent Burak
Burhanuddin Bushra Byron Béji Béla Bülent Cafu Caitlin Caleb Calin Callum Calvin Cameron Camila
Camilla Camille Camilo Carl Carla Carles Carlo Carlos Carmen Carol Caroline Carolyn Carrie
Carsten Casemiro Casper Catalin Catalina Caterina Catherine Cathy Cecile Cedric Celestine Celine
Cem Cemal Cemil Cengiz Cesar Cesare Cesc Chadchart Chaewon Chaim Chalerm Chamari Chaminda
Chamlong Chandra Chandrababu Chandrika Chantal Chao Charanjit Charl Charles Charlize Charlotte
Chau Cheikh Chen Cheslin Chiamaka Chiara Chidi Chimamanda Chinedu Chinh Chinonso Chinua Chinyere
Chioma Chipo Chirag Chiwetel Chloe Chris Christian Christiane Christina Christine Christoph
Christophe Christopher Christos Chuan Chukwuemeka Chukwuma Chunying Ciara Cillian Ciro Cixin
Claire Clara Clare Clarence Claude Claudia Claudio Clayton Clemence Clive Clémence Clément Coco
Cole Colette Colin Conceicao Conceição Connor Conor Constance Constantin Constantine Corazon Cory
Costas Courtney Craig Cristian Cristiano Cristina Cristobal Cristóbal Cuauhtemoc Cuauhtémoc Cuong
Curtis Cynthia Cyril Cyrus Cécile Cédric Céline César Călin Cătălin Daan Dag Dagmar Daiki Daisuke
Dale Dalia Damian Damien Damilola Damon Dan Dana Dani Daniel Daniela Danielle Daniil Danilo Danny
Dapo Daria Dario Darius Dariush Dariusz Darren Darya Dave David Davide Davit Davor Dawa Dawid
Dawit Dayana Dayo Dayot Dean Debora Deborah Debretsion Declan Deepa Deepak Deepika Deion Dejan
Delcy Dele Delphine Demi Denis Denise Deniz Dennis Denys Denzel Deon Derartu Derek Derrick
Desmond Devendra Devi Devin Devlet Dewi Dhanush Dharmendra Dhruv Dian Diana Diane Didier Diego
Dieter Dietmar Dieudonne Dieudonné Dilan Dilip Diljit Dilma Dilshan Dima Dimitar Dimitra Dimitri
Dimitrios Dimitris Dimuth Dina Dinesh Dingxiang Dino Diogo Diosdado Dirk Divya Djamel Djamila
Djibril Dmitri Dmitry Dmytro Dolma Domenico Domingos Dominic Dominik Dominique Don Donald
Donatella Dong Donna Dorin Dorje Dorota Dorothy Doug Douglas Dov Dragan Drazen Dražen Driss Dror
Droupadi Duarte Duc Duduzile Duma Duncan Dunga Dusan Dustin Duy Dušan Dwayne Dwight Dylan
Dzhokhar Dániel Débora Eamon Ebba Eben Eberechi Ebrahim Ed Eddie Eder Ederson Edgar Edgars Edi
Edin Edith Edmundo Edoardo Edouard Eduard Eduardo Edward Edwin Eero Efrain Efrat Efraín Efren
Efua Egan Ehsan Ehud Eidur Einar Eitan Eiður Ekaterina Eko Ekrem Elaine Eleanor Elena Eleni Elham
Eli Eliezer Elif Elijah Elina Elisa Elisabeth Elisabetta Elise Eliska Eliud Eliyahu Elizabeth
Eliška Ella Ellen Ellie Elliot Elliott Elly Ellyse Elodie Elon Elsa Eluned Elvira Elzbieta
Elżbieta Emad Emanuele Emeka Emerson Emi Emil Emiliano Emilio Emily Emine Emma Emmanuel
Emmanuelle Emmerson Emomali Emre Enda Endrick Enlai Enoch Enrico Enrique Enver Enzo Eran Erap
Erez Eric Erich Erik Erin Erling Erna Ernesto Ernie Ernst Ertugrul Ertuğrul Erwin Esi Esmail
Espen Esperanza Essam Esteban Estelle Esther Eszter Ethan Etienne Ettore Eugene Eugenia Eusebio
Eusébio Eva Evan Evander Evangelos Evariste Evelyn Evgeni Evgenia Evgeny Evika Evo Ewa Ewelina
Eyal Ezra Fabian Fabiano Fabien Fabinho Fabio Fabrice Fabrizio Facundo Fadel Fadi Faf Fahad Fahd
Faisal Faiz Fakhar Fakhrul Farah Farai Farhad Farhan Farhana Farid Faris Farooq Farouk Farouq
Farzana Fatemeh Fatih Fatima Fatimah Fatma Fatou Fatoumata Fatuma Faure Fawad Fawzi Fawzia Fayez
Fazal Fazlullah Fazlur Federica Federico Fei Fela Felipe Felix Femi Femke Feng Ferdinand Ferenc
Ferhat Fermin Fermín Fernanda Fernando Ferran Festus Fidel Figen Fikayo Fikile Filip Filippo
Fiona Firas Flavio Florian Florin Floyd Flávio Folake Fouad Frances Francesca Francesco Francis
Francisco Franck Franco Francois Francoise Frank Frantisek František Franz Franziska François
Françoise Fraser Fred Freddie Frederic Frederick Frederik Fredrik Frenkie Frida Friedrich Fritz
Frédéric Fuad Fumihito Fumio Funke Funmi Funmilayo Fyodor Fátima Félix Gabor Gabriel Gabriela
Gabriele Gabrielius Gabrielle Gadi Gael Gaetano Gagan Galina Galit Gamal Ganesh Ganjar Garba
Garbine Garbiñe Gareth Garrincha Garry Gary Gaston Gaurav Gautam Gavi Gavin Gaël Gbenga Gebran
Geert Geeta Gemma Genet Genevieve Gennady Gennaro Geoff Geoffrey Georg George Georges Georgi
Georgios Georgy Geraint Gerald Geraldo Gerard Gerardo Gerd Gergely Gerhard Getachew Getulio
Getúlio Ghada Ghassan Ghazi Gheorghe Ghulam Giacomo Giancarlo Gianfranco Giang Gianluca Gianluigi
Gianmarco Gianni Giannis Giap Gibran Gideon Gifty Gigi Gilad Gilbert Gilberto Gilles Gino Giorgi
Giorgia Giorgio Giorgos Giovanna Giovanni Girija Girish Girma Gisele Gita Gitanas Giulia Giuliano
Giulio Giuseppe Gleb Gleisi Glenn Gloria Glória Godswill Godwin Gokhan Golda Goncalo Gonzalo
Gonçalo Goodluck Gopal Goran Gordana Gordon Gorka Gotabaya Govind Graca Graham Granit Graça Greg
Gregory Greta Grigor Grigory Gro Grzegorz Guadalupe Guanyu Gudaf Gudni Guido Guilherme Guillaume
Guillermo Gukesh Gul Gulalai Gulbuddin Gunnar Gunter Gunther Guoqiang Gurbanguly Gurdeep Gurmeet
Gurpreet Gustaf Gustav Gustavo Guðni Gwede Gyanendra Gylfi Gyorgy György Gábor Gérald Gérard
Gökhan Göran Gül Günter Günther Haakon Habib Hadi Hadiza Hafez Hai Haibatullah Haidar Haider
Haile Hailemariam Haim Haitham Hajar Hajime Hakainde Hakan Hakeem Hakim Hakon Hala Halima Halimah
Halla Hamad Hamdan Hamed Hamid Hamish Hamisi Hamza Hana Hanan Handre Handré Hanh Hani Hannah
Hanni Hannu Hans Hansi Hao Harald Harbhajan Hardeep Hardik Harini Haris Harish Harjit Harmanpreet
Harold Haroon Haroun Harpreet Harriet Harrison Harry Harsimrat Haruka Haruki Harun Haruna Harvey
Hasan Hashim Hasina Hassan Hassanal Hastings Hatem Hauwa Hawa Haya Hayao Hazem Heather Hector
Heidi Heikki Heiko Heinrich Heinz Helen Helena Helene Helga Helle Helmut Hemant Hemin Hendra
Hendrik Henk Henri Henrik Henrikh Henrique Henry Herbert Herman Hermann Hernan Hernán Hersh Herve
Hervé Herzi Hesham Hessa Hevin Hevrin Heydar Hiba Hibatullah Hicham Hichem Hideki Hideo Hidetoshi
Hidilyn Hieu Hikaru Hilde Hillary Hina Hind Hiroki Hiroko Hiroshi Hiroyuki Hisham Hiwot Hlaing
Hoa Hoang Hocine Hodan Holger Horacio Horst Hosni Hossam Hossein Howard Hristo Hrithik Hua Hubert
Hubertus Huda Hugh Hugo Hugues Hui Humza Huong Huseyin Hussain Hussein Huw Huy Hyejin Hyeon Håkon
Héctor Hélène Hüseyin Iain Ian Ibrahim Ibrahima Ichiro Idowu Idriss Idrissa Ieva Ifeanyi Ifeoma
Iftikhar Iga Ignacio Ignazio Igor Ihor Ijaz Ike Ikechukwu Ikenna Iker Ilan Ilaria Ilham Ilhan
Ilias Ilir Ilkay Illia Ilya Imad Iman Imane Imani Imee Imelda Imran Imre Inaki Inbee Inderjit
Indira Indra Ines Inger Ingo Ingrid Ingrida Ingvar Inigo Inna Inzamam Inès Inés Ioan Ioana
Ioannis Iqbal Irakli Irena Irene Irfaan Irfan Irina Iris Irrfan Iryna Isa Isaac Isabel Isabella
Isabelle Isadora Isaias Isco Isha Ishaan Ishaq Ismael Ismail Ismaila Ismaël Ismaïla Issa Issam
Istvan István Itamar Iulia Ivan Ivana Ivanka Ivar Ivica Iván Iñaki Iñigo Jaafar Jaap Jabari Jaber
Jabulani Jacek Jacinda Jacinta Jack Jackie Jaco Jacob Jacqueline Jacques Jadon Jaehyun Jafar
Jagan Jagdish Jagmeet Jahangir Jaime Jair Jakaya Jake Jakob Jakub Jalal Jalen Jamal James Jamie
Jamil Jamila Jan Jane Janet Janez Janis Janja Jannik Janusz Jared Jari Jaromir Jaromír Jaroslav
Jaroslaw Jarosław Jasbir Jason Jasper Jaspreet Jasprit Jassim Jaswant Javad Javed Javier Jawad
Jawar Jay Jaya Jayant Jayden Jayson Jean Jeanine Jeanne Jeannette Jeff Jeffrey Jelena Jenni
Jennie Jennifer Jenny Jens Jenson Jeremy Jeroen Jerome Jerry Jerzy Jesper Jesse Jessica Jesus
Jesús Jhon Jia Jiabao Jian Jianguo Jide Jie Jigme Jihoon Jim Jimin Jimmy Jin Jina Jing Jingjing
Jinping Jintao Jiri Jisoo Jiwon Jiyai Jiyeon Jiří Joachim Joakim Joan Joana Joanna Joao Joaquin
Joaquín Jochen Joe Joel Jofra Johan Johann Johanna Johannes John Johnny Joko Jokowi Jomo Jon
Jonah Jonas Jonathan Joost Jordi Jorg Jorge Jorgen Joris Joschka Jose Josef Josefina Josep Joseph
Josephine Josh Joshua Josip José Jovan Jozef João Joël Juan Juana Juanes Jude Judit Judith
Juergen Juha Jukka Julen Jules Julia Julian Juliana Julie Julien Juliette Julio Julius Julián
Juma Jumoke Jun Junaid Jungkook Junichiro Juninho Juraj Jure Jurgen Juri Juscelino Jussi Justin
Juvenal Juvénal Jyoti Jérémy Jérôme Jóhanna Jón Józef Jörg Jørgen Jürgen Jüri Jānis Kaan Kacper
Kader Kagiso Kai Kais Kaisa Kaja Kajol Kaka Kaká Kalidou Kalle Kalonzo Kalpana Kalyan Kamal
Kamala Kamau Kamel Kamil Kamila Kamla Kamran Kangana Kaori Kaoru Kapil Karabo Karan Kareem
Kareena Karel Karen Kari Karim Karin Karina Karl Karlis Karol Karolina Karolína Karsten Karthik
Kartik Karwan Kash Kashif Kashim Kasper Kassim Katalin Katarzyna Kate Katerina Kateryna Kateřina
Katharina Katherine Kathleen Kathryn Kathy Katie Katja Kato Katrin Katrina Katrín Kaveh Kavita
Kavitha Kawa Kawhi Kayode Kazem Kazimierz Kazuo Kaïs Kebede Kees Kehinde Kei Keiko Keir Keisuke
Keith Kelechi Kelly Kelvin Kemal Kemi Ken Kenan Kenenisa Kenji Kenneth Kenny Kenta Kenza Kenzo
Keqiang Kerem Keren Kersti Kerstin Keshav Ketut Kevin Kgalema Khabib Khadija Khaled Khaleda
Khalid Khalifa Khalil Khamis Khanh Khin Khurelsukh Khvicha Kieran Kimi Kingsley Kira Kiran Kiri
Kiril Kirill Kirk Kishore Kiyoshi Kjell Klaas Klaus Knut Kobus Koen Koffi Kofi Koji Kojo Koke
Kolinda Kolo Konrad Konstantin Konstantinos Kostas Kostiantyn Kourosh Krishna Kristalina Kristaps
Kristi Kristian Kristjan Kristoffer Kristyna Kristýna Krisztina Krzysztof Ksenia Kseniya Kudus
Kuldeep Kumar Kun Kunle Kurt Kusal Kushal Kwabena Kwadwo Kwaku Kwame Kwasi Kweku Kwesi Kyaw Kyle
Kylian Kyriakos Kyrie Kyrylo Kārlis Laetitia Lakshman Lakshmi Lakshya Laleh Lalisa Lalu Lam Lamar
Lamine Lan Lando Larisa Larissa Larry Lars Lasith Laszlo Lata Latifa Laura Lauren Laurence
Laurent Lauri Lautaro Lawrence Layla Lazarus LeBron Lea Leander Leandro Lech Lei Leif Leila Lejla
Lena Lene Leni Lennox Leo Leon Leonard Leonardo Leonid Leonidas Leonor Leopold Leopoldo Lerato
Leroy Lesego Leslie Leszek Letesenbet Leticia Letizia Letícia Lev Levan Levent Levente Levon
Lewis Leyla Leïla Li Liam Liang Liaquat Lili Lilian Lin Lina Linda Lindiwe Lindsay Lindsey Ling
Linh Lionel Liren Lisa Lisandro Liudmyla Liv Liviu Liz Lleyton Lloyd Lobsang Logan Lola Lorena
Lorenzo Lotfi Lothar Lotte Louis Louise Loujain Lourdes Luana Lubna Luc Luca Lucas Lucia Lucian
Luciana Luciano Lucie Lucien Lucy Lucía Ludmila Ludovic Ludvig Ludwig Luhut Luigi Luis Luisa Luiz
Luiza Luka Lukas Lukasz Luke Lukáš Lula Lungi Luol Lupita Luís Lyudmila László Léa Léon Léopold
Maarten Maciej Macky Madeleine Madhav Madhuri Mads Magdalena Maggie Magnus Magomed Maha Mahamadou
Mahamat Mahamudu Mahathir Mahdi Mahela Mahendra Maher Mahesh Mahfud Mahinda Mahira Mahmood
Mahmoud Mahmud Mahmut Mahsa Mai Maia Maithripala Majed Majid Mako Makoto Maksim Maksym Malak
Malakai Malala Malcolm Malgorzata Malick Malik Malika Malin Mamadou Mamata Manal Manasseh Mandeep
Mandla Manet Manfred Mangala Mangosuthu Manish Manjit Manmohan Manny Manoj Manon Manpreet Mansour
Manuel Manuela Manute Mao Marat Marc Marcel Marcela Marcell Marcello Marcelo Marcin Marco Marcos
Marcus Marek Margaret Margaux Margot Margrethe Maria Mariam Mariama Mariana Marianne Mariano
Marie Marielle Marija Mariko Marilia Marin Marine Mario Marion Marios Maris Marius Mariusz Mariya
Marián Marjane Mark Marketa Markku Marko Markus Markéta Marlene Marnus Marquinhos Marta Martha
Martin Martina Martine Martín Marvin Marwan Mary Maryam Maryia María Marília Masahiro Masako
Masayoshi Mashrafe Masih Mason Masoud Masrour Massimo Massoud Mateo Mateus Mateusz Matheus
Mathieu Mathilde Mats Matt Matteo Matthew Matthias Matthieu Matthijs Matti Mattia Mattias Maurice
Mauricio Maurizio Mauro Max Maxim Maxime Maximo Mayawati Mazen Mazloum Małgorzata Mbwana Meena
Meera Megan Megawati Meghan Megumi Mehdi Mehmet Mehmood Mehran Mei Meir Mekonnen Melania Melanie
Meles Melissa Menachem Mengistu Meral Merav Meryem Meseret Mesut Mette Mhairi Mia Michael
Michaela Michal Michał Micheal Michel Michele Michelle Michiko Michèle Mickey Miguel Mihaela
Mihai Mihaly Mihály Mika Mikael Mike Mikel Mikhail Mikheil Miki Mikkel Mikko Miklos Miklós
Mikolaj Mikołaj Milan Milana Milena Milica Milorad Milos Miloš Min Mina Mindaugas Ming Mingma
Minh Minho Minjee Minji Minna Minoru Miralem Miranda Mircea Miri Miroslav Mirwais Mirza Misbah
Mitchell Mithali Mithun Miyuki Mmusi Moana Modibo Mohamad Mohamed Mohammad Mohammed Mohan Mohsen
Mohsin Moise Moises Moisés Mojtaba Mokhtar Molly Mona Monica Monika Monique Moqtada Mordechai
Morgan Moritz Morten Morteza Moshe Mostafa Mounir Mourad Moussa Moustafa Moustapha Moïse Mpho
Mswati Muammar Mubarak Mugisha Muhaimin Muhammad Muhammadu Muhammed Muhannad Muhoozi Muhyiddin
Mujibur Mukesh Mulatu Mulugeta Muna Munir Muqtada Murad Murat Murray Murtala Murugan Musa Musalia
Mushfiqur Mushtaq Mustafa Mustafizur Mustapha Mutaz Muthoni Muttiah Mwai Myint Mykhailo Mykola
Myriam Mário Máximo Mónica Māris N'Golo Naas Nabeel Nabi Nabih Nabil Naby Nada Nadav Nadeem Nader
Nadezhda Nadia Nadine Nadiya Nafissatou Naftali Naguib Nahid Nahuel Naim Naima Nairo Najat Naji
Najib Najla Nakato Naledi Namal Nana Nancy Nandi Nandini Naoki Naoko Naomi Naoto Naoya Narayan
Narendra Naresh Narges Nargis Naruhito Naseem Nasir Nasreen Nasrin Nasser Nassim Natalia Natalie
Nataliya Natalya Natan Natasa Natasha Nataša Nathalie Nathan Natthaphong Naveed Naveen Navid
Navjot Nawaf Nawal Nawaz Nayanthara Nayef Nayib Nazanin Ndeye Nebojsa Nebojša Nechirvan Neema
Neeraj Neha Neil Nelson Nemanja Neo Nestor Netumbo Neymar Ngan Ngoc Ngozi Ngugi Nhlanhla Niall
Niamh Niccolo Niccolò Nicholas Nick Niclas Nico Nicola Nicolae Nicolas Nicole Nicolo Nicolás
Nicolò Nicos Nicusor Nicușor Nida Nidal Niels Nigel Nikhil Nikita Nikki Niklas Nikol Nikola
Nikolai Nikolaos Nikolay Nikos Nils Nima Nimal Nina Ning Nino Nir Nirmala Nisha Nita Nitin Nitish
Nizar Njeri Njoki Nkechi Nkem Nkosazana Nnamdi Nneka Noa Noah Noam Noel Nomvula Nonso Noor Nora
Norbert Noriko Norman Nour Noura Noureddine Nouri Novak Noynoy Noël Nuhu Nuno Nurlan Nursultan
Nurul Nusrat Nyambura Nyasha Nyesom Nyoman Néstor Oana Obafemi Obaidul Obinna Ochieng Octavian
Octavio Oded Odhiambo Ofer Ofir Okechukwu Okello Oksana Ola Olaf Olafur Olamide Ole Oleg Oleh
Oleksandr Oleksandra Oleksii Oleksiy Olena Olexander Olga Olha Oliver Olivia Olivier Olli Olof
Olufemi Olusegun Oluwaseun Omar Omari Omer Omid Omondi Omri Ondrej Ondřej Ons Onyeka Oren Orhan
Oriol Osama Osamu Oscar Oskar Osman Ostap Otavio Othman Otieno Otto Otávio Oumar Oumou Ousmane
Owen Ozan Ozgur Paavo Pablo Padraig Paetongtarn Palesa Paloma Pamela Panagiotis Pankaj Panos
Paola Paolo Pape Paras Parisa Parminder Parth Partha Parveen Parvez Parviz Pasang Pascal Pasquale
Pat Patrice Patricia Patricio Patrick Patrik Patrizia Pau Paul Paula Pauline Paulo Pavel Pavlo
Pavol Pawan Pawel Paweł Pedri Pedro Pekka Pele Pelé Pema Pemba Peng Pernille Pervez Pervin Petar
Pete Peter Petr Petra Petro Petros Petteri Phil Philip Philipp Philippe Phuc Phuong Pia Pierluigi
Piero Pierre Piet Pieter Pietro Pilar Piotr Pita Piyush Polina Pooja Portia Poul Prabhas Prabowo
Prachanda Pradeep Prakash Pranab Pranav Pratibha Pratik Praveen Pravin Prawit Prayut Prayuth
Predrag Prem Priit Primoz Primož Priti Priya Priyanka Przemyslaw Przemysław Puan Pushpa Putri
Putu Pyotr Péter Qaboos Qamar Qasim Qassem Qiang Qin Qing Qinwen Quang Quinn Quinton Quoc Qusay
Quynh Rabi Rabia Rabih Rabindranath Rabiu Rachel Rachid Rachida Radamel Radek Radoslaw Radosław
Radovan Radu Radwan Raed Rafa Rafael Rafal Rafał Raffaele Rafic Rafik Rafinha Rafiq Rafiqul
Raghav Raghuram Ragnar Rahat Raheel Raheem Rahmanullah Rahmatullah Rahul Raila Rainer Rajendra
Rajesh Rajinikanth Rajiv Rajnath Raju Rakesh Ralf Ralph Ramadhani Ramchandra Ramesh Rami Ramin
Ramiro Ramon Ramzan Ramón Rana Ranbir Randal Rania Ranil Ranjit Ranveer Raphael Raphaël Raphinha
Raquel Rasha Rashed Rashid Rashidi Rasmus Rassie Ratan Ratchanok Ratko Ratna Raul Ravi
Ravichandran Ravindra Ray Raymond Rayssa Raúl Rebeca Rebecca Recep Reem Reggie Regis Reham Rehema
Reiko Reinhard Rekha Rema Remco Remi Remy Renan Renata Renate Renato Rene Renzo René Retno Reuven
Rexhep Reza Rezan Rezaul Rhys Riaan Riad Ricarda Ricardo Riccardo Richard Richarlison Richie Rick
Ricky Ridwan Rie Riek Rigathi Rigobert Rigoberta Rigoberto Rima Rina Rishabh Rishi Rita Rivaldo
Rivka Riyad Rizal Rizwan Robbie Robert Roberto Robin Robinho Rocco Roch Rocio Rocío Rodri Rodrigo
Rodrygo Roger Rogerio Rogério Rohan Rohit Rojin Rolando Rolf Romain Roman Romano Romario Romelu
Romeo Romário Ron Ronald Ronaldinho Ronaldo Ronen Rory Rosa Rosario Rosen Ross Rostam Rotimi
Roxana Roy Roya Ruben Rubens Rubén Rudo Rudolf Ruhollah Rui Rumen Rupert Ruslan Ruslana Russell
Rustam Rustem Rutger Ruth Ruud Ruwan Ryan Ryo Ryu Régis Rémi Rémy Rúben Saad Saba Sabine Sachin
Saddam Sade Sadegh Sadia Sadio Saeed Sagar Sahar Sahra Saida Saif Saiful Saima Saina Sajid Sajith
Sajjad Sakura Salah Saleh Salem Sali Salif Salim Sally Salma Salman Salome Salomon Salva
Salvatore Sam Samantha Sameer Samer Sami Samia Samir Samira Samiullah Samora Samuel Sana Sanae
Sanath Sandeep Sander Sandiaga Sandile Sandor Sandra Sandrine Sandro Sani Sania Sanjay Sanjeev
Sanna Sanne Santosh Saoirse Saqib Saqlain Saquon Sara Sarah Sarfaraz Sarunas Sasa Saskia Satoshi
Satya Saul Sauli Saulius Sayeed Saúl Saša Scott Scottie Seamus Sean Sebastian Sebastien Sebastián
Seema Segolene Segun Sekou Selahattin Selam Selim Selma Senthil Senzo Seohyun Sepp Serdar Serena
Seretse Serge Sergei Sergey Sergio Serhii Serhiy Serzh Seun Seydou Seyi Sha'Carri Shabana Shadab
Shadi Shahabuddin Shahbaz Shaheen Shahid Shahidul Shahin Shahram Shahrukh Shahzad Shai Shakeel
Shakib Shakira Shalini Shamil Shan Shane Shani Shankar Shantanu Shanti Sharad Sharif Sharon
Shashi Shaukat Shaul Shaun Shavkat Shazia Shehbaz Shehu Sheila Shericka Sherif Shigeru Shikhar
Shilan Shimon Shinji Shinjiro Shintaro Shinzo Shira Shireen Shirin Shivraj Shlomo Shoaib Shohei
Shoshana Shuai Shuang Shubman Shweta Shyam Siarhei Sibongile Sibusiso Sidney Sifan Sigmar Signe
Sihanouk Silvia Silvio Simeon Simi Simon Simona Simone Simran Sinan Sinead Siobhan Sione Sipho
Siraj Sirajuddin Sirikit Sirimavo Sirindhorn Sita Siti Sitiveni Siya Siyabonga Sizwe Slavoj
Slawomir Slobodan Smriti Sneha Socrates Soe Sofia Sofiane Sofyan Sofía Sohail Sohee Soheil Sohrab
Sokha Soledad Somchai Somkid Somsak Sonam Sonia Sophia Sophie Soran Soraya Soren Souleymane
Sourav Spyros Srdjan Srettha Sridevi Srinivas Srđan Stanislav Stanislaw Stanisław Stanley Stavros
Stefan Stefano Stefanos Steffen Stelios Stellan Stepan Stephane Stephanie Stephen Steve Steven
Stuart Stéphane Subhash Sudhir Suharto Sujata Sukarno Sukhbir Suleiman Suleyman Sulley Suman
Sumit Sundar Sungjae Sunil Sunita Supachai Supriya Suresh Susan Susana Susanne Sushil Sushila
Sushma Susi Susilo Suthep Suthida Sven Svenja Svetlana Sviatlana Sviatoslav Svitlana Swati Syed
Sylvain Sylvia Sylvie Szymon Sándor Sébastien Ségolène Sékou Sérgio Sócrates Søren Süleyman
Sławomir Tadashi Tadej Tadesse Tadeusz Taehyung Taeyeon Tafadzwa Taha Tahir Taiwo Takashi Takeshi
Takumi Takuya Tal Talal Talia Tam Tamar Tamara Tamas Tamer Tamerlan Tamim Tamás Tania Tanja
Tanveer Tanya Tao Taras Tarcisio Tarcísio Tarek Tareq Tarik Tariq Tarique Tarja Tarkan Taro Tarık
Tashi Taslima Tatenda Tatiana Tatjana Tatsuya Tatyana Taufik Tawfiq Taylor Tayyip Tebogo Teboho
Ted Tedros Teemu Tejashwi Tejinder Temba Temitope Tems Tendai Tenzin Tenzing Teodor Teodoro
Teresa Tereza Terje Terry Tesfaye Tetiana Tevita Tewodros Thabo Thaksin Thanasis Thanathorn
Thandeka Thandi Thandiwe Thang Thanh Thao Tharman Thato Thaís Thein Themba Theo Theodore Theresa
Therese Thiago Thibault Thibaut Thierry Thijs Thomas Thongchai Thor Thorsten Thulani Thuli Thuong
Thuy Théo Thérèse Tiago Tian Tibor Tidjane Tien Tigist Tigran Tiina Tijani Tim Timo Timothee
Timothy Timothée Timur Tina Tinashe Ting Tingting Tirunesh Tiwa Tiziana Tobi Tobias Toby Tochukwu
Tom Tomas Tomasz Tomer Tomi Tomislav Tommaso Tommy Tomoko Tomás Tomáš Tony Toomas Torben Toru
Toshimitsu Tosin Toumani Toyin Trang Travis Trent Trevor Trinh Troels Trond Trong Troy Trung
Trygve Tsering Tshepo Tsuyoshi Tua Tuan Tulsi Tumaini Tumelo Tundu Tung Tuomas Turki Tushar Tyler
Tyreek Tyson Tzipi Tânia Uche Uchenna Uday Uddhav Ugo Ugochukwu Ugur Uhuru Ulf Ulises Ulla Ulrich
Ulrik Ulrike Ulysses Uma Umar Umaru Umberto Umit Unai Upul Uri Urmas Ursula Usain Usama Usha
Usman Uwe Uzma Uğur Vaclav Vadim Vadym Vahid Vajiralongkorn Valdis Valentin Valentina Valentino
Valeria Valerie Valerii Valeriy Valery Valtteri Valérie Valéry Vanessa Vangelis Varun Vasco
Vasile Vasilis Vasily Vassilis Vasyl Vaughan Venkatesh Vera Veronica Veronique Verónica Vesna
Vicente Vicky Victor Vidya Viet Vigdis Vigdís Vijay Vikas Vikram Viktor Viktoria Ville Vinay
Vincent Vincenzo Vinesh Vinh Vinicius Vinícius Violet Viorica Virat Virender Virgil Virginie
Vitali Vitaliy Vitaly Vitinha Vitor Vitoria Vittoria Vittorio Vitória Vivek Vjosa Vlad Vladimir
Vladimír Vladislav Vladyslav Vojislav Volker Volodymyr Vuk Vusi Vyacheslav Vytautas Václav
Véronique Víctor Vítor Věra Wael Wafa Wahyu Wale Waleed Walid Walter Wambui Wang Wangari Wanindu
Wanjiku Wanjiru Waqar Waqas Warren Wasim Wayan Wayne Wei Weiwei Wen Wendy Werner Wesley Wiktoria
Wilfred Wilfried Wilhelm Willem William Willian Wim Winfried Winnie Winston Wiremu Wladimir
Wladyslaw Wojciech Wole Wolfgang Wonyoung Wopke Worku Wout Wouter Wu Władysław Xabi Xabier Xanana
Xavi Xavier Xherdan Xia Xiang Xiao Xiaobo Xiaoli Xiaoming Xiaoping Ximena Xin Xiomara Xochitl
Xuan Xue Xuxa Xóchitl Yaa Yaakov Yacine Yael Yahaya Yahya Yair Yakubu Yalda Yamandu Yamandú Yan
Yana Yaniv Yann Yannick Yannis Yao Yaobang Yara Yared Yariv Yaron Yaroslav Yash Yasin Yasir
Yasmeen Yasmin Yasmine Yasser Yassin Yassine Yasuhiro Yaw Yaya Yazan Yechiel Yegor Yehuda
Yekaterina Yelena Yemane Yemi Yevgeniy Yevgeny Yevhen Yiannis Yifan Yifei Yigal Yiming Yimou Ying
Yingluck Yinka Yiorgos Yisrael Yitzhak Yoav Yohannes Yoko Yolanda Yonatan Yong Yoni Yoona Yordan
Yosef Yoshihide Yoshihiko Yoshiko Yoshimasa Yoshinobu Yossi Yosuke Younes Younis Youri Yousef
Youssef Youssou Youssouf Yousuf Yoweri Yuan Yue Yui Yuki Yukiko Yukio Yuko Yulia Yuliya Yumi Yun
Yuna Yunus Yuri Yurii Yuriko Yuriy Yury Yusuf Yusuke Yuta Yutaka Yuval Yuvraj Yuzuru Yves Yvette
Zabihullah Zabiullah Zachary Zafar Zaheer Zahid Zahra Zaid Zainab Zakaria Zakir Zalmay Zana
Zanele Zara Zaw Zawadi Zayed Zbigniew Zdenek Zdeněk Ze'ev Zedong Zeeshan Zeev Zeinab Zeljko Zemin
Zeynep Zhang Zhaoxu Zhen Zhi Zhiqiang Zhiwei Zia Ziad Ziauddin Ziaur Zico Zinedine Zitto Ziyang
Zlatan Zoe Zofia Zola Zoltan Zoltán Zoran Zoë Zsofia Zsolt Zsuzsanna Zsófia Zubair Zuberi Zuhair
Zulfikar Zulkifli Zuzana Zuzanna Zvi Ádám Ágnes Álex Álvaro Ángel Ángela Árpád Åsa Éder Édith
Édouard Élisabeth Élise Élodie Éric Étienne Évariste Ólafur Óscar Özgür Ümit İbrahim İlkay İsmail
Łukasz Šarūnas Štefan Željko Ștefan
Randy Kimberly Shirley Debra Joyce Cheryl Janice Judy Doris Marilyn Beverly Brittany Kayla Lori
Wade Clint Rodney Lance Darryl Fergus Ciaran Wes Chuck Hank Duane Vernon Frankie Sammy Nicky Gerry
Mitch Seth Shawn Zach Zack Alec Joerg Willi Willy Armando Montserrat Sjaak Rinus Guus Frans Gert
Gerrit Stijn Peder Jarl Seppo Vesa Janne Ladislav Waldemar Janos János Vlado Mirko Nenad Momcilo
Momčilo Biljana Stipe Franjo Traian Dumitru Stoyan Todor Ivaylo Krasimir Lyubomir Theodoros Serkan
Tansu Necmettin Turgut Nihat Oktay Sedat Ramiz Srinath Vinod Ryutaro Yoshiro Keizo Tomiichi
Morihiro Tsutomu Kazuyoshi Toshiro Rongji
`
  .trim()
  .split(/\s+/);
